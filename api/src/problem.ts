/**
 * RFC 9457 problem details: every error the API returns is `application/problem+json`.
 */
import type { Response } from "express";

export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

export function sendProblem(res: Response, problem: Problem): void {
  res
    .status(problem.status)
    .type("application/problem+json")
    .json({ type: problem.type ?? "about:blank", ...problem });
}

/**
 * A query string carries text only: `?radiusKm=20&remote=true`. `queryOf` takes a core
 * command's schema and reads its number and boolean fields from that text before the
 * command's own rules run, so a GET route applies the very rules chat and the LLM tools do.
 */
import { z } from "zod";

type Shape = Record<string, z.ZodType>;

/** The base type under optional/default/nullable wrappers. */
function baseType(schema: z.ZodType): string {
  let def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  while (def.innerType && ["optional", "default", "nullable", "prefault"].includes(def.type)) {
    def = (def.innerType as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  }
  return def.type;
}

function fromText(type: string) {
  return (value: unknown) => {
    if (typeof value !== "string") return value;
    if (type === "number") return value.trim() === "" ? value : Number(value);
    if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
    return value;
  };
}

/** The command's fields (minus `omit`, plus transport-only `extra` fields) as a strict query schema. */
export function queryOf<S extends Shape, O extends keyof S, E extends Shape>(command: z.ZodObject<S>, omit: O[], extra: E) {
  const shape: Shape = {};
  for (const [name, field] of Object.entries(command.shape)) {
    if ((omit as string[]).includes(name)) continue;
    const type = baseType(field);
    shape[name] = type === "number" || type === "boolean" ? z.preprocess(fromText(type), field) : field;
  }
  return z.strictObject({ ...shape, ...extra }) as unknown as z.ZodObject<Omit<S, O> & E>;
}

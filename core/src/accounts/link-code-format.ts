/**
 * How link codes look, shared by the account service and the assistant's language reading:
 * 10 digits, shown as two groups of five, accepted with spaces, dots or dashes between digits.
 */
export const LINK_CODE_DIGITS = 10;

// Ten digits, possibly typed in groups ("12345 67890", "12345-67890"), not part of a longer number.
const CODE_IN_TEXT = /(?<![\d.-])\d(?:[ .-]?\d){9}(?![\d.-]?\d)/;

/** The link code in what someone typed (digits only), if there is one. */
export function linkCodeIn(text: string): string | undefined {
  return CODE_IN_TEXT.exec(text)?.[0].replace(/\D/g, "");
}

/** How a code is shown: two groups of five digits. */
export const formatLinkCode = (code: string) => `${code.slice(0, 5)} ${code.slice(5)}`;

/**
 * Preloaded (`node --import`) into a child process to give it the clock of a host that is off by
 * CLOCK_SKEW_MS milliseconds (negative: behind): `Date.now()` and `new Date()` are shifted, as on a
 * machine whose clock drifted. The database it talks to keeps the true time.
 */
const skew = Number(process.env.CLOCK_SKEW_MS ?? 0);
const TrueDate = Date;

class SkewedDate extends TrueDate {
  constructor(...args: ConstructorParameters<typeof Date> | []) {
    if (args.length === 0) super(TrueDate.now() + skew);
    else super(...(args as ConstructorParameters<typeof Date>));
  }

  static override now(): number {
    return TrueDate.now() + skew;
  }
}

globalThis.Date = SkewedDate as DateConstructor;

// Preloaded into a `grove` process by tests that need the scheduled jobs due whatever the hour
// they run (node --import; tests/ops/delivery.test.ts): moves the process's clock forward by
// GROVE_TEST_CLOCK_SHIFT_MS. Every process of such a test gets the same shift, so they agree on
// the time; Grove's outbox and jobs take their time from this clock, not from the database's.
const shift = Number(process.env.GROVE_TEST_CLOCK_SHIFT_MS ?? 0);
if (shift !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate;
}

// The seeded random numbers of the scenario tests, the long visit and the soak (mulberry32): a failing
// run can be replayed from its seed.

/** A generator of numbers in [0, 1) from `seed`. */
export function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

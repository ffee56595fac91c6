// Distributions for the synthetic government: Zipf-like sizes and popularity, whole-number shares
// that add up exactly, and a few skewed draws. Pure functions of their inputs and a uniform draw.

/** Weights 1/k^exponent for ranks k = 1…n: a few large, a long tail of small. */
export function zipfWeights(n: number, exponent: number): number[] {
  return Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, exponent));
}

/**
 * Samples an index in proportion to `weights` from a uniform draw in [0, 1): a cumulative table
 * and a binary search, so thousands of weights cost a dozen comparisons a draw.
 */
export function createWeightedSampler(weights: readonly number[]): (uniform: number) => number {
  if (weights.length === 0) throw new Error("A sampler needs at least one weight.");
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    if (!(weight >= 0)) throw new Error(`Weight ${index} is not a non-negative number.`);
    total += weight;
    cumulative[index] = total;
  });
  if (total <= 0) throw new Error("A sampler needs a positive total weight.");
  const last = weights.length - 1;
  return (uniform) => {
    const target = uniform * total;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/**
 * Splits `total` into whole shares proportional to `weights` that sum to `total` exactly
 * (largest remainder; ties go to the earlier index, so the split is deterministic).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) throw new Error("Cannot apportion over weights that sum to zero.");
  const exact = weights.map((weight) => (weight / sum) * total);
  const shares = exact.map(Math.floor);
  let remaining = total - shares.reduce((acc, share) => acc + share, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; remaining > 0; i = (i + 1) % order.length, remaining--) {
    const index = (order[i] as { index: number }).index;
    shares[index] = (shares[index] as number) + 1;
  }
  return shares;
}

/** A draw from a standard normal distribution (Box–Muller) from two uniform draws. */
export function standardNormal(uniformA: number, uniformB: number): number {
  return Math.sqrt(-2 * Math.log(1 - uniformA)) * Math.cos(2 * Math.PI * uniformB);
}

/** Number of failures before the first success in trials that succeed with `probability`. */
export function geometric(uniform: number, probability: number): number {
  if (probability >= 1) return 0;
  return Math.floor(Math.log(1 - uniform) / Math.log(1 - probability));
}

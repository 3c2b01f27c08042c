/** Order statistics of a bench's samples. */
export const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
export const median = (values: number[]) => quantile(values, 0.5);

// Exact type equality for the type tests: `assertType<Equal<A, B>>()` compiles only when A is B.
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export function assertType<T extends true>(): void {}

/** Highest document frequency at which a word two handoffs share counts as rare evidence. */
export const RARE_DF = 3;

/** Rare shared words (weighted: 1 for a word only the two use, 0.5 for three) that anchor a pair. */
export const RARE_ANCHOR = 2;

/** Largest share of the handoffs a rare word may appear in (so small repositories have none). */
export const RARE_SHARE = 0.04;

/**
 * Path overlap at which two handoffs are anchored (see `pathOverlap` in score.ts). The overlap is
 * at most the weight of the heaviest shared path, so a path lighter than this cannot anchor a pair
 * on its own, however many handoffs share it.
 */
export const PATH_ANCHOR = 0.3;

/** Title similarity (cosine) at which two handoffs are anchored by their titles alone. */
export const ANCHOR_TITLE = 0.6;

/** Body similarity at which two handoffs are anchored without a shared file, item or title. */
export const BODY_ANCHOR = 0.5;

/**
 * Distinct content words each body needs before its similarity can stand as evidence on its own.
 * Cosine over a dozen words is noise: two one-line tasks about the same service ("Deploy the
 * healer", "Restart the healer") look alike without being the same work.
 */
export const BODY_MIN_TERMS = 12;

/** Up to this many eligible handoffs, every pair is a candidate (cheap, and complete for bodies). */
export const ALL_PAIRS_UP_TO = 400;

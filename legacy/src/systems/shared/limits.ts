/** Keys accepted in one batch call, as the real platforms cap them; callers must split larger batches. */
export const MAX_KEYS_PER_CALL = 100;

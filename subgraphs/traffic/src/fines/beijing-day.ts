/** The Beijing calendar day of an instant (YYYY-MM-DD): fines and late fees count in Beijing days. */
export const beijingDay = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The last second of a Beijing day, as an instant. */
export const endOfBeijingDay = (day: string): Date => new Date(`${day}T23:59:59+08:00`);

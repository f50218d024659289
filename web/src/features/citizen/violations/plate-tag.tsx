import styles from './vehicles.module.css';
import { formatPlate } from './format';

/** A licence plate drawn like the real one: blue, or green for new-energy vehicles. */
export function PlateTag({ plate, newEnergy }: { plate: string; newEnergy: boolean }) {
  return (
    <span
      className={newEnergy ? `${styles.plate} ${styles.plateNewEnergy}` : styles.plate}
      role="img"
      aria-label={`${newEnergy ? '新能源' : ''}车牌 ${plate}`}
      data-testid="plate"
    >
      {formatPlate(plate)}
    </span>
  );
}

import { CHECKPOINTS, type Checkpoint, type CheckpointLabel } from "@/lib/schedule";

/** A stored checkpoint column ("1" | "4" | "7" | "14" | "long-term" | null) as the scheduler's label. */
export function toCheckpointLabel(value: string | null): CheckpointLabel | null {
  if (value === "long-term") return "long-term";
  const n = Number(value);
  return (CHECKPOINTS as readonly number[]).includes(n) ? (n as Checkpoint) : null;
}

/**
 * The checkpoints a ladder card has passed, from the one it is due for: a card due at 7 has passed 1 and 4.
 * The `checkpoint` column holds the next rung, so this recovers `checkpointsDone` without reading JSON.
 */
export function checkpointsDoneBefore(label: CheckpointLabel | null): Checkpoint[] {
  if (label === null || label === "long-term") return label === null ? [] : [...CHECKPOINTS];
  return CHECKPOINTS.slice(0, CHECKPOINTS.indexOf(label));
}

/** Ladder order for display: 1, 4, 7, 14, long-term. */
export const CHECKPOINT_LABELS: readonly CheckpointLabel[] = [...CHECKPOINTS, "long-term"];

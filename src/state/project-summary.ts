// A stored project as the Projects menu lists it.

export interface ProjectSummary {
  readonly id: string;
  readonly title: string;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  /** Files stored for the project. */
  readonly files: number;
}

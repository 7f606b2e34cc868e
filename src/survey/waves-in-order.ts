/**
 * The index's survey waves oldest first, by school year (in the index's order
 * within a year). The contract lists them oldest first, but a document made by
 * another tool, or by data tools that once wrote them in the order of their
 * configuration, may not: the latest wave and the one before it are found by
 * their school years, never by the list's order alone.
 */
import type { NationalIndex, SurveyRef } from '../contract/contract.types.js';

export const wavesInOrder = (index: NationalIndex): SurveyRef[] => [...(index.surveys ?? [])].sort((a, b) => a.schoolYear - b.schoolYear);

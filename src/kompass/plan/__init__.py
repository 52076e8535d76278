"""The plan as a whole: a concept version with its measures and indicators, read, checked and
compared at once. No models of its own; it sits above concepts, measures and indicators."""

"""`python -m c4ir_kb.bench`: the benchmark lives in c4ir_kb.quality.bench; this name is the one users type."""

from c4ir_kb.quality.bench import main

if __name__ == "__main__":
    main()

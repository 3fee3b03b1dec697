"""What the command line's exit status means (scripts test it; the numbers never change)."""
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS = 1    # problems found (in the data, a table's rows, the workspace), each printed on stderr
    CANNOT_RUN = 2  # not runnable as asked: a wrong option (argparse exits 2 too), a file unreadable or unwritable

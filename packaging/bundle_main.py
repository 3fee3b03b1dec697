"""Entry point of the PyInstaller bundle (both programs): the same command line as `briefing`."""
import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())

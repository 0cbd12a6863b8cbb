"""Allow `python -m secondchance`."""

from secondchance.cli import main

if __name__ == "__main__":
    main()

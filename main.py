"""Run RNN Lab from a checkout: ``python main.py`` opens the window, ``python main.py SUBCOMMAND`` runs a job headless.

The same as the installed ``rnnlab`` command; the code lives in ``rnnlab/launch.py``.
"""

import sys

from rnnlab.launch import main

if __name__ == "__main__":
    sys.exit(main())

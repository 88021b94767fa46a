"""The bundle's entry script: the installed ``rnnlab`` package's launcher (PyInstaller analyses from here)."""

import sys

from rnnlab.launch import main

sys.exit(main())

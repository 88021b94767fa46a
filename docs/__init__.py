"""RNN Lab's documentation pages and their screenshots, shipped as package data (``rnnlab.docs``) so that the
window's Help menu opens them in an installed app and in the bundle as in a checkout."""

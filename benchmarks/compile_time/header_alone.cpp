// One header and nothing else (HEADER, given by measure.py): what including it costs.
#include HEADER

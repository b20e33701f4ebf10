// Nothing at all: what starting the compiler costs, to subtract from every other row.

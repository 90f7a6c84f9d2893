// glibc's malloc_trim, which Swift's Glibc module leaves out: a builder that frees many small blocks
// gives their pages back to the system before it allocates big ones.
#include <malloc.h>

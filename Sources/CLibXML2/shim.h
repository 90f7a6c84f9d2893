// libxml2's HTML parser (tag soup, recovered quietly) and tree, for HTMLText and the feed parsers.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's own copy of ICU in any Swift module importing both. lede never
// touches libxml2's encoding handlers (text arrives decoded as UTF-8), only nodes through pointers.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

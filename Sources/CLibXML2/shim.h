// libxml2's HTML parser (tag soup, recovered quietly), its tree, and its SAX2 push parser for feeds.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's own copy of ICU in any Swift module importing both. lede never
// touches libxml2's encoding handlers (text arrives decoded as UTF-8), only nodes through pointers.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static void lede_xml_ignore(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

// Points this thread's generic libxml2 error handler nowhere (Swift cannot write a variadic C callback),
// so that no libxml2 message ever reaches stderr and a curses screen.
static inline void lede_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, lede_xml_ignore);
}

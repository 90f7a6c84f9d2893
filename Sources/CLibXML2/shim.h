// libxml2's HTML parser (tag soup, recovered quietly) and tree, for HTMLText and the feed parsers.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

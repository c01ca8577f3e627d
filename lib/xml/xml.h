/* The exchange document: its XSD, the HoSoXml builder and the output
 * of documents.
 * The public face of lib/xml/: include this header, never its parts. */
#ifndef LR_XML_H
#define LR_XML_H

#include "schema.h"
#include "hoso.h"
#include "xmlout.h"

#endif

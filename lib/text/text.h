/* Text: Vietnamese folding, personal ID numbers, given names,
 * CSV input and the administrative units.
 * The public face of lib/text/: include this header, never its parts. */
#ifndef LR_TEXT_H
#define LR_TEXT_H

#include "vntext.h"
#include "idnum.h"
#include "names.h"
#include "csvin.h"
#include "adminunits.h"

#endif

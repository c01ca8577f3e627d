/* Record linkage: people and owners, Jaro-Winkler, the Fellegi-Sunter
 * model, the citizen registry, the cadastre and matching.
 * The public face of lib/link/: include this header, never its parts. */
#ifndef LR_LINK_H
#define LR_LINK_H

#include "person.h"
#include "owner.h"
#include "jaro.h"
#include "linkage.h"
#include "registry.h"
#include "registry-load.h"
#include "cadastre.h"
#include "match.h"
#include "enrich.h"
#include "recur.h"

#endif

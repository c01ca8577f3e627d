/* The linkage model's private parts, shared by linkage.c and em.c. */
#ifndef LR_LINKAGE_INT_H
#define LR_LINKAGE_INT_H

#include "linkage.h"

struct lr_model {
	double m[LR_NCMP][LR_MAX_LEVELS];
	double u[LR_NCMP][LR_MAX_LEVELS];
};

#endif

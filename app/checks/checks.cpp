#include "checks/checks.h"

namespace sipref {

void checkMessage(const CheckContext &context)
{
    checkStartLine(context);
    checkRequiredHeaders(context);
    checkHeaderCounts(context);
    checkHeaderValues(context);
    checkBody(context);
    checkReasonAndWarning(context);
}

} // namespace sipref

#include "tools/faultline/commands.h"

namespace faultline::cli {

void register_all(CommandRegistry& registry) {
  (void)registry;
}

}  // namespace faultline::cli

#include "tools/faultline/commands.h"

namespace faultline::cli {

void register_analyze(CommandRegistry& registry);
void register_code(CommandRegistry& registry);
void register_dict(CommandRegistry& registry);
void register_serve(CommandRegistry& registry);
void register_synthesize(CommandRegistry& registry);
void register_tag(CommandRegistry& registry);

void register_all(CommandRegistry& registry) {
  register_analyze(registry);
  register_code(registry);
  register_dict(registry);
  register_serve(registry);
  register_synthesize(registry);
  register_tag(registry);
}

}  // namespace faultline::cli

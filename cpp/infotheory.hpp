// Everything the kernels offer, for tests and the bindings.
#pragma once

#include "binary_entropy.hpp"
#include "cross_entropy.hpp"
#include "curves.hpp"
#include "decomposition.hpp"
#include "distributions.hpp"
#include "entropy.hpp"
#include "kl_divergence.hpp"
#include "result.hpp"
#include "surprise.hpp"
#include "units.hpp"
#include "validate.hpp"

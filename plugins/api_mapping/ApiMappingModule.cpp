// The api_mapping family: torch names, structure and imports -> MindSpore.
#include <pyconv/PluginExport.hpp>

#include "ApiAutoModelOutputCheck.hpp"
#include "ApiAutogradFunctionCheck.hpp"
#include "ApiBufferAssignCheck.hpp"
#include "ApiCellListGeneratorCheck.hpp"
#include "ApiCellListIndexCheck.hpp"
#include "ApiCompileDecoratorCheck.hpp"
#include "ApiCompileHintCheck.hpp"
#include "ApiContextChecks.hpp"
#include "ApiDimKeywordCheck.hpp"
#include "ApiDocstringCheck.hpp"
#include "ApiEinopsCheck.hpp"
#include "ApiForwardCheck.hpp"
#include "ApiFunctionHelperCheck.hpp"
#include "ApiGuardCheck.hpp"
#include "ApiImportsCheck.hpp"
#include "ApiMapCheck.hpp"
#include "ApiDefaultDtypeCheck.hpp"
#include "ApiMeshgridCheck.hpp"
#include "ApiModuleMethodsCheck.hpp"
#include "ApiPythonEquivalentCheck.hpp"
#include "ApiResidualCheck.hpp"
#include "ApiSdpaCheck.hpp"
#include "ApiTensorCloneCheck.hpp"
#include "ApiTensorDetachCheck.hpp"
#include "ApiTensorNewCheck.hpp"
#include "ApiTensorConstructorCheck.hpp"
#include "ApiTensorNormCheck.hpp"
#include "ApiNamedTupleFieldCheck.hpp"
#include "ApiModuleHelpersCheck.hpp"
#include "ApiInplaceMethodCheck.hpp"
#include "ApiDtypeByNameCheck.hpp"
#include "ApiBucketizeCheck.hpp"
#include "ApiTensorSizeCheck.hpp"
#include "ApiTracingHelperCheck.hpp"
#include "ApiTrainingLoopCheck.hpp"
#include "ApiUnflattenCheck.hpp"
#include "ApiWeightNormCheck.hpp"
#include "ApiUnknownNameCheck.hpp"
#include "ApiUnusedTorchImportCheck.hpp"

namespace pyconv::api_mapping {

class ApiMappingModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<ApiAutoModelOutputCheck>();
    factories.add<ApiAutogradFunctionCheck>();
    factories.add<ApiBufferAssignCheck>();
    factories.add<ApiCellListGeneratorCheck>();
    factories.add<ApiCellListIndexCheck>();
    factories.add<ApiAutocastCheck>();
    factories.add<ApiCompileDecoratorCheck>();
    factories.add<ApiCompileHintCheck>();
    factories.add<ApiDimKeywordCheck>();
    factories.add<ApiDocstringCheck>();
    factories.add<ApiEinopsCheck>();
    factories.add<ApiFinfoCheck>();
    factories.add<ApiNoGradCheck>();
    factories.add<ApiFunctionHelperCheck>();
    factories.add<ApiForwardCheck>();
    factories.add<ApiGuardCheck>();
    factories.add<ApiImportsCheck>();
    factories.add<ApiMapCheck>();
    factories.add<ApiDefaultDtypeCheck>();
    factories.add<ApiMeshgridCheck>();
    factories.add<ApiModuleMethodsCheck>();
    factories.add<ApiBucketizeCheck>();
    factories.add<ApiDtypeByNameCheck>();
    factories.add<ApiInplaceMethodCheck>();
    factories.add<ApiModuleHelpersCheck>();
    factories.add<ApiNamedTupleFieldCheck>();
    factories.add<ApiPythonEquivalentCheck>();
    factories.add<ApiResidualCheck>();
    factories.add<ApiSdpaCheck>();
    factories.add<ApiTensorCloneCheck>();
    factories.add<ApiTensorDetachCheck>();
    factories.add<ApiTrainingLoopCheck>();
    factories.add<ApiUnflattenCheck>();
    factories.add<ApiUnknownNameCheck>();
    factories.add<ApiUnusedTorchImportCheck>();
    factories.add<ApiTensorNewCheck>();
    factories.add<ApiTensorConstructorCheck>();
    factories.add<ApiTensorNormCheck>();
    factories.add<ApiTensorSizeCheck>();
    factories.add<ApiWeightNormCheck>();
    factories.add<ApiTracingHelperCheck>();
  }
};

}  // namespace pyconv::api_mapping

PYCONV_PLUGIN(pyconv::api_mapping::ApiMappingModule, "api_mapping", "0.1.0")

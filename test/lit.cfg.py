# lit configuration for the t2t test suite.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "t2t"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".onnxtxt"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.t2t_obj_root, "test")

llvm_config.use_default_substitutions()
# The numerical oracle: onnxruntime vs TensorFlow.js on the converted graph.
# Runs a GraphDef on given inputs and compares with given expected outputs.
config.substitutions.append(("%run_graph", "node " + os.path.join(config.t2t_src_root, "utils", "verify", "run-graph.mjs")))
config.substitutions.append(("%verify", "node " + os.path.join(config.t2t_src_root, "utils", "verify", "verify.mjs")))
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
config.substitutions.append(("%t2t_src", config.t2t_src_root))
config.substitutions.append(("%t2t_bin", config.t2t_tools_dir))
# Debian's python3 has python3-onnx and python3-torch; a pyenv or venv python
# on PATH may not.
config.substitutions.append(("%python", "/usr/bin/python3"))
config.substitutions.append(("%tflite_json", "/usr/bin/python3 " + os.path.join(config.t2t_src_root, "utils", "tflite_json.py")))
config.substitutions.append(("%onnx_text_to_pb", "/usr/bin/python3 " + os.path.join(config.t2t_src_root, "utils", "onnx_text_to_pb.py")))

# Hostile inputs must be refused fast and in bounded memory: 1 s of CPU time
# (load on the machine does not count), 1 GiB of address space, and a wall
# clock guard against blocking. Sanitized builds run several times slower and
# reserve terabytes of shadow address space: they get time, not a memory cap.
if config.t2t_sanitizer:
    config.available_features.add("sanitized")
    config.substitutions.append(("%bounded", "timeout 120 prlimit --cpu=20 --"))
else:
    config.substitutions.append(("%bounded", "timeout 10 prlimit --cpu=1 --as=1073741824 --"))

# torch draws normal weights through an AVX2 kernel where the CPU has AVX2 and
# a scalar one elsewhere, whose last bits differ: recorded GraphDef hashes
# hold only on machines like the one that recorded them.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        if " avx2" in cpuinfo.read():
            config.available_features.add("x86-avx2")
except OSError:
    pass

tools = ["t2t-opt", "t2t-translate", "t2t-convert", "t2t-fuzz-import", "t2t-fuzz-convert",
         "split-file"]
llvm_config.add_tool_substitutions(tools, [config.t2t_tools_dir, config.llvm_tools_dir])

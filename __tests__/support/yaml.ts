// The action loads the YAML library only when a document needs it (readSettings does, before validating
// again). The tests call the document parsers directly, so it is loaded for them first.
import { loadYaml } from '../../src/settings/yaml.js'

await loadYaml()

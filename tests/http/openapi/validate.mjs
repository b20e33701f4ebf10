// Validates an OpenAPI document with @seriousme/openapi-schema-validator, an implementation
// independent of ours. Usage: node validate.mjs FILE
import { Validator } from "@seriousme/openapi-schema-validator";

const validator = new Validator();
const result = await validator.validate(process.argv[2]);
if (!result.valid) {
  console.log(JSON.stringify(result.errors, null, 2));
  console.log(`openapi-schema-validator: ${process.argv[2]} is not valid OpenAPI ${validator.version}`);
  process.exit(1);
}
console.log(`openapi-schema-validator: valid OpenAPI ${validator.version}`);

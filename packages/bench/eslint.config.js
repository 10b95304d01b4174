export { default } from "@livedigits/eslint-config";

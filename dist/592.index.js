export const id = 592;
export const ids = [592];
export const modules = {

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExitCode: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.yU),
/* harmony export */   addPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.fM),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.N4),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   exportVariable: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.dN),
/* harmony export */   getBooleanInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Vt),
/* harmony export */   getIDToken: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.V9),
/* harmony export */   getInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.V4),
/* harmony export */   getMultilineInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.q3),
/* harmony export */   getState: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Gu),
/* harmony export */   group: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Os),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__._o),
/* harmony export */   markdownSummary: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.yo),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   platform: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.iD),
/* harmony export */   saveState: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.LZ),
/* harmony export */   setCommandEcho: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.NI),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Pq),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   summary: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.z),
/* harmony export */   toPlatformPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Om),
/* harmony export */   toPosixPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.kb),
/* harmony export */   toWin32Path: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.eG),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * @actions/core, with every line it logs made inert: Glue-sourced text (names, tag keys, error messages, run ids) is
 * printed in log lines and annotations, and a newline in it followed by `::stop-commands::` or `::error::` would be a
 * workflow command to the runner. Every message and annotation title passes through text.ts inertLine, the one rule;
 * every output is capped well under GitHub's 1 MB. The modes import this module instead of @actions/core.
 */



/** Annotations carry Glue's error messages: a longer line than the plain log, still one line. */
const ANNOTATION_MAX = 4000;
function inertProperties(properties) {
    if (!properties?.title)
        return properties;
    return { ...properties, title: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(properties.title, 200) };
}
function annotationText(message) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message instanceof Error ? message.toString() : message, ANNOTATION_MAX);
}
function info(message) {
    // Leading spaces (a plan's field lines are indented) are kept: a line that starts with one is never a command.
    const indent = /^ {0,8}/.exec(message)?.[0] ?? '';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(indent + (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message));
}
function debug(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message));
}
function notice(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(annotationText(message), inertProperties(properties));
}
function warning(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(annotationText(message), inertProperties(properties));
}
function error(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(annotationText(message), inertProperties(properties));
}
function setFailed(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(annotationText(message));
}
/** Every output stays well under GitHub's 1 MB (the JSON lists are capped whole before they get here). */
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .textWithin */ .JY)(typeof value === 'string' ? value : JSON.stringify(value)));
}
function startGroup(name) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(name, 500));
}


/***/ })

};

//# sourceMappingURL=592.index.js.map
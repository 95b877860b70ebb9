import type { TemplateFile } from './project.ts';
/** Every file of `templates/scaffold/` under its name in the project, plus the official CI workflow. */
export declare function readScaffold(): Promise<TemplateFile[]>;
/** The version of masterplan itself, which a new project's package.json asks for. */
export declare function ownVersion(): Promise<string>;

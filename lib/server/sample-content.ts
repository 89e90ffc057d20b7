/** Imports the sample notes in content/ for a user; replaced by the vault importer once it lands. */
export async function importSampleContent(userId: string): Promise<string> {
  void userId;
  return "no sample notes imported yet";
}

/** French and English function words (folded): they say nothing about what is offered or searched. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be by de des du en et for from in is it la le les un une of on or the to with pour par sur dans au aux " +
    "ce ces cet cette mon ma mes ton ta tes son sa ses je tu il elle nous vous ils elles qui que quoi est sont avec sans tres very " +
    "my your our their this that these those i you we they am was were has have had l d s j n qu c"
  ).split(" "),
);

import { createContext, useContext } from "react";

/** The id of the heading of the card around: what names a form in it that has no name of its own. */
export const CardTitleContext = createContext<string | undefined>(undefined);

export const useCardTitleId = () => useContext(CardTitleContext);

/** Allo Studio: one studio per page. */
import { Studio } from "./Studio";
import { StudioProvider } from "./StudioProvider";
import "./styles.css";

export function App() {
  return (
    <StudioProvider>
      <Studio />
    </StudioProvider>
  );
}

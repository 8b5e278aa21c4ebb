export default function App() {
  return <main>GovMark</main>;
}

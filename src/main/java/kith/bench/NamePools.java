package kith.bench;

import java.util.Map;

/**
 * The words synthetic notes are made of. Names mix languages and scripts' Latin spellings, with accents, apostrophes,
 * hyphens and particles, because those are what a lookup has to get right; the most common ones come first, since
 * {@link SyntheticVault} picks early entries more often.
 */
final class NamePools {
  static final String[] FIRST = {
    "Maria", "David", "Anna", "John", "Priya", "Wei", "José", "Sarah", "Michael", "Laura", "Ahmed", "Sofia",
    "James", "Elena", "Daniel", "Chloé", "Kushal", "Yuki", "Thomas", "Fatima", "Alexander", "Emma", "Carlos",
    "Olivia", "Mohammed", "Ana", "Peter", "Mei", "Lukas", "Isabel", "Robert", "Hana", "Oluwaseun", "Katherine",
    "Søren", "Zoë", "François", "Björn", "Łukasz", "Małgorzata", "Jürgen", "Héctor", "Inés", "Renée", "Siobhán",
    "Chidi", "Aisha", "Hiroshi", "Thanh", "Raj", "Ingrid", "Noah", "Margaret", "William", "Elizabeth", "Samuel",
    "Sam", "Jean-Luc", "Marie-Claire", "Pedro", "Ricardo", "Camila", "Mateo", "Lucía", "Valentina", "Giulia",
    "Marco", "Francesca", "Andrea", "Nikolai", "Olga", "Dmitri", "Irina", "Kenji", "Sakura", "Takeshi", "Min-jun",
    "Ji-woo", "Seo-yeon", "Arjun", "Ananya", "Vikram", "Deepa", "Rohan", "Kavya", "Tunde", "Ngozi", "Kwame",
    "Abena", "Amara", "Kofi", "Zanele", "Thabo", "Leila", "Omar", "Yusuf", "Nadia", "Karim", "Layla", "Mustafa",
    "Elif", "Emre", "Ayşe", "Mehmet", "Astrid", "Lars", "Freya", "Magnus", "Sigrid", "Eero", "Aino", "Mikko",
    "Paweł", "Agnieszka", "Tomasz", "Kateřina", "Jiří", "Zsófia", "Bálint", "Ioana", "Mihai", "Nikos", "Eleni",
    "Dimitra", "Siddharth", "Meera", "Connor", "Aoife", "Niamh", "Seán", "Gráinne", "Cormac", "Rhys", "Ffion",
    "Dafydd", "Jack", "Grace", "Henry", "Charlotte", "George", "Amelia", "Oscar", "Isla", "Benjamin", "Ruth",
    "Miriam", "Eitan", "Noa", "Tamar", "Ari", "Linh", "Minh", "Quang", "Hoa", "Bao", "Xin", "Jun", "Lei", "Yan",
    "Hui", "Ling", "Pablo", "Andrés", "Catalina", "Joaquín", "Ximena", "Guillermo", "Rocío", "Álvaro", "Nuno",
    "João", "Gonçalo", "Beatriz", "Inês", "Rui", "Mariana", "Frédéric", "Anaïs", "Gaël", "Solène", "Loïc",
    "Ewa", "Bartosz", "Jakub", "Zuzana", "Matěj", "Ondřej", "Ivana", "Goran", "Dragan", "Mirela", "Teodora"
  };

  static final String[] LAST = {
    "García", "Smith", "Nguyen", "Müller", "Kim", "Patel", "Wang", "Rossi", "Johnson", "Silva", "Chen", "Okafor",
    "Raman", "Carter", "Lima", "Datta", "Núñez", "Denworth", "Brown", "Martin", "Schmidt", "Kowalski", "Tanaka",
    "Sato", "Suzuki", "Singh", "Kumar", "Sharma", "Li", "Zhang", "Liu", "Yamamoto", "Ivanova", "Petrov", "Hansen",
    "Larsen", "Andersson", "Johansson", "Nielsen", "Virtanen", "Korhonen", "O'Brien", "O'Connor", "McCarthy",
    "Murphy", "Kelly", "Walsh", "Byrne", "Fitzgerald", "van der Berg", "de Jong", "van Dijk", "de la Cruz",
    "dos Santos", "da Silva", "Fernández", "López", "Martínez", "Rodríguez", "González", "Pérez", "Sánchez",
    "Ramírez", "Gómez", "Díaz", "Álvarez", "Ruiz", "Hernández", "Jiménez", "Moreno", "Muñoz", "Romero", "Alonso",
    "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Medina",
    "Dvořák", "Novák", "Svoboda", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Żukowski", "Øvrebø", "Bjørnstad", "Ødegård", "Åberg",
    "Lindqvist", "Söderberg", "Weiß", "Schäfer", "Köhler", "Groß", "Hoffmann", "Becker", "Wagner", "Fischer",
    "Weber", "Meyer", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
    "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Dubois", "Lefèvre",
    "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller-Lüdenscheidt", "Smith-Jones",
    "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Nkosi", "Dlamini", "Mbeki", "Haddad", "Khalil", "Nasser",
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Papadopoulos", "Georgiou", "Nikolaidis",
    "Popescu", "Ionescu", "Horváth", "Nagy", "Tóth", "Szabó", "Kovačević", "Petrović", "Jovanović", "Hughes",
    "Evans", "Jones", "Williams", "Davies", "Thomas", "Roberts", "Lewis", "Walker", "Wright", "Thompson", "White",
    "Harris", "Clarke", "Robinson", "Wood", "Hall", "Green", "Edwards", "Taylor", "Anderson", "Jackson", "Lee",
    "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Kwon", "Hwang", "Ahn",
    "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto",
    "Inoue", "Kimura", "Hayashi", "Shimizu", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
    "Iyer", "Reddy", "Rao", "Nair", "Menon", "Pillai", "Bose", "Chatterjee", "Banerjee", "Mukherjee", "Gupta",
    "Agarwal", "Mehta", "Shah", "Desai", "Joshi", "Kulkarni", "Deshpande", "Cohen", "Levi", "Mizrahi", "Friedman"
  };

  /** Nicknames people are also called by. */
  static final Map<String, String[]> NICKNAMES = Map.ofEntries(
      Map.entry("José", new String[] {"Pepe"}),
      Map.entry("Alexander", new String[] {"Alex", "Sasha"}),
      Map.entry("Margaret", new String[] {"Maggie", "Meg"}),
      Map.entry("William", new String[] {"Bill", "Will"}),
      Map.entry("Robert", new String[] {"Bob", "Rob"}),
      Map.entry("Elizabeth", new String[] {"Liz", "Beth"}),
      Map.entry("Katherine", new String[] {"Kate", "Kathy"}),
      Map.entry("Michael", new String[] {"Mike"}),
      Map.entry("Oluwaseun", new String[] {"Seun"}),
      Map.entry("Guillermo", new String[] {"Memo"}),
      Map.entry("Francesca", new String[] {"Fran"}),
      Map.entry("Benjamin", new String[] {"Ben"}),
      Map.entry("Samuel", new String[] {"Sam"}),
      Map.entry("Daniel", new String[] {"Dan", "Danny"}),
      Map.entry("Thomas", new String[] {"Tom"}),
      Map.entry("Nikolai", new String[] {"Kolya"}),
      Map.entry("Dmitri", new String[] {"Dima"}),
      Map.entry("Valentina", new String[] {"Vale"}),
      Map.entry("Siddharth", new String[] {"Sid"}),
      Map.entry("Małgorzata", new String[] {"Gosia"}),
      Map.entry("Jean-Luc", new String[] {"JL"}),
      Map.entry("Takeshi", new String[] {"Take"}),
      Map.entry("Charlotte", new String[] {"Charlie"}),
      Map.entry("Ricardo", new String[] {"Rick"}));

  static final String[] ORGANISATIONS = {
    "Northwind", "Contoso", "Fabrikam", "Lumen Data", "Lindqvist Shipping", "Apollo Labs", "Tailspin Toys",
    "Wide World Importers", "Adventure Works", "Litware", "Proseware", "Blue Yonder Airlines", "Coho Winery",
    "Fourth Coffee", "Margie's Travel", "Trey Research", "Woodgrove Bank", "Alpine Ski House", "Humongous Insurance",
    "Graphic Design Institute", "Southridge Video", "City Power and Light", "Datum Corporation", "Nod Publishers"
  };

  static final String[] ROLES = {
    "Platform engineering lead", "VP Engineering", "Head of Data", "Staff Engineer", "Product Manager",
    "Director of Operations", "CTO", "Field CTO", "Solutions Architect", "Procurement lead", "Account Executive",
    "Head of Infrastructure", "Research Scientist", "Engineering Manager", "Chief Data Officer", "SRE lead",
    "Partner manager", "Security architect", "Head of Logistics", "Program manager"
  };

  static final String[] RELATIONSHIPS = {
    "Partner-side sponsor for the pilot", "Former colleague", "Customer champion", "Executive sponsor",
    "Technical evaluator", "Introduced by a mutual friend", "Met at a conference", "Reports to our sponsor",
    "Decision maker on budget", "Mentor", "Peer on the working group"
  };

  static final String[] TOPICS = {
    "Apollo pilot scope", "GPU utilisation", "Storage tier economics", "Multi-site replication",
    "Partner review cadence", "Data residency", "Pricing model", "Security review", "Hiring plans",
    "Capacity planning", "Observability", "Cost of egress", "Migration timeline", "Support SLAs", "Roadmap",
    "Benchmark methodology", "Contract renewal", "Onboarding", "Kubernetes operators", "Backup and restore"
  };

  static final String[] MEETINGS = {
    "Kickoff planning", "Pilot scoping", "Capacity check-in", "Quarterly review", "Architecture review",
    "Pricing discussion", "Org walkthrough", "Prep for partner review", "Security questionnaire", "Roadmap sync",
    "Coffee chat", "Escalation call", "Design review", "Renewal planning", "Workshop debrief", "Intro call"
  };

  static final String[] VERBS = {
    "Walked through", "Scoped", "Reviewed", "Agreed on", "Discussed", "Lined up", "Questioned", "Compared",
    "Planned", "Drafted", "Revisited", "Escalated"
  };

  static final String[] TASKS = {
    "Send the 30/60/90 pilot plan with success criteria", "Share the reference architecture deck",
    "Book the workshop room", "Introduce them to the design team", "Draft the partnership memo",
    "Follow up on the pricing questions", "Send the benchmark results", "Schedule the quarterly review",
    "Confirm the security questionnaire answers", "Ask about the new office", "Review their slides",
    "Share the migration runbook"
  };

  static final String[] DECISIONS = {
    "Start with the pilot before any marketplace listing.", "Keep Blob compatibility exploratory.",
    "Hold a monthly touchpoint with the platform team.", "Move the weekly sync to Thursdays.",
    "Keep the pilot scope to two sites.", "Adopt the shared glossary.", "Ship the beta in March.",
    "Pause the second phase until the review.", "Use their staging cluster for the benchmark."
  };

  static final String[] FACTS = {
    "Prefers written proposals with numbers over slideware.", "Owns the storage decision for the pilot.",
    "Plans three sites with roughly 30k GPUs each.", "Previously ran the search infrastructure team.",
    "Based in the Lisbon office; travels to the US monthly.", "Speaks at the regional user group every spring.",
    "Has two kids; avoid meetings after 5 pm.", "Was an early customer of ours at a previous company.",
    "Reports directly to the CTO.", "Cares most about predictable latency.", "Keen cyclist; rides to work."
  };

  static final String[] PROJECTS = {
    "Project Apollo", "Storage Roadmap", "Data Mesh", "Migration 2026", "Partner Program", "Edge Rollout",
    "Cost Review", "Benchmark Suite"
  };

  private NamePools() {}
}

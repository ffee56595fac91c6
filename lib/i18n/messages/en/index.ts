// One file per namespace, so each area's strings live apart; register a new namespace here.
import { ACTION_ERROR_MESSAGES } from "@/lib/domain/action-result";
import { DOMAIN_ERROR_MESSAGES } from "@/lib/domain/learning/domain-error";
import assessment from "./assessment.json";
import catalogue from "./catalogue.json";
import certificate from "./certificate.json";
import common from "./common.json";
import competencyForms from "./competencyForms.json";
import course from "./course.json";
import home from "./home.json";
import language from "./language.json";
import leaderboard from "./leaderboard.json";
import learnerNav from "./learnerNav.json";
import mail from "./mail.json";
import passbook from "./passbook.json";
import player from "./player.json";
import profile from "./profile.json";
import programme from "./programme.json";
import record from "./record.json";
import review from "./review.json";
import shell from "./shell.json";
import team from "./team.json";
import units from "./units.json";
import verify from "./verify.json";

// Failure messages are written once, beside the rules that raise them.
const errors = { ...ACTION_ERROR_MESSAGES, ...DOMAIN_ERROR_MESSAGES };

const messages = {
  assessment,
  catalogue,
  certificate,
  common,
  competencyForms,
  course,
  errors,
  home,
  language,
  leaderboard,
  learnerNav,
  mail,
  passbook,
  player,
  profile,
  programme,
  record,
  review,
  shell,
  team,
  units,
  verify,
};

export default messages;

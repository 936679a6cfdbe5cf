# blind31 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jade Okafor <jade.okafor@mailbox.example>",
         to="support@streamly.example",
         subject="next season??",
         body="""\
hi just binged all of Harbour Lights in 2 days and honestly the finale was FIRE
my daughter literally stole the remote so she could rewatch the last episode lol
is season 3 coming to you guys or do I need another subscription?? dying to know what happens to Mara
thx
Jade"""),
    dict(n=2, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Helen Marsh <helen.marsh@fastpost.example>",
         to="hello@castandcopper.example",
         subject="Question about the Firestarter skillet before I order",
         body="""\
Hello,

I've had my eye on your "Firestarter" 28cm cast-iron skillet for a while and at the Black Friday price it's an absolute steal, so I think this is the week.

Before I order, two quick questions:
- Does it work on an induction hob? Ours is a fairly old Bosch.
- Does the handle get hot enough to burn you, or does it come with a silicone sleeve? I've read mixed things in the reviews.

If it isn't induction-friendly I'll probably go for the enamelled one instead.

Many thanks,
Helen Marsh"""),
    dict(n=3, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Tom Keller <grimbeard@gamerpost.example>",
         to="feedback@ashgrave-games.example",
         subject="Feedback: the Longbow is broken in ranked",
         body="""\
Hey Ashgrave team,

Long-time player (since the closed beta), love the game, but I have to say it: the new Longbow is completely broken. Not bugged, broken as in massively overpowered. Every ranked match in Siege mode is now ten archers camping the wall and nuking anyone who pokes their head through the gate.

I got absolutely wrecked three games in a row last night and the killcam showed the same guy every time, sitting on the east tower. Please nerf the headshot multiplier, or at least the draw speed.

Apart from that the winter patch is killer and the new map is gorgeous.

GG,
Tom "Grimbeard" Keller"""),
    dict(n=4, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Carol Pryce <carol.pryce@homemail.example>",
         to="support@skylinebroadband.example",
         subject="Re: No internet since Tuesday - ref BB-448213",
         body="""\
Hi Daniel,

Just to confirm the engineer came this morning, swapped something in the green cabinet at the end of the road and we've been back online since about 11. Speed test shows 70+ Mbps, so better than before.

Thanks for chasing it, much appreciated.

Carol

On Thu, 3 Dec 2026 at 08:12, Carol Pryce <carol.pryce@homemail.example> wrote:
> Hello,
> Our broadband has been completely down since Tuesday evening. The router
> shows a red light next to "Internet" and restarting it makes no difference.
> I work from home and this is becoming a real problem. Account 30917745.
> Carol Pryce"""),
    dict(n=5, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Martin Ellery <m.ellery@ellery-consulting.example>",
         to="customercare@swiftair.example",
         subject="Changing my return flight + exit row?",
         body="""\
Dear Sir or Madam,

I'm booked on flight SW 2281 from Lisbon to Manchester on 16 January (booking ref. QX7LHM). My meetings there now finish earlier than planned, so rather than killing five hours at the airport I'd like to move to the 14:35 departure the same day, if there's space.

Could you tell me what the change fee would be on a Standard fare?

Also, I'm 1.96 m tall. Is it possible to request an emergency exit row seat on the new flight, and does that cost extra?

Kind regards,
Martin Ellery"""),
    dict(n=6, signals="-", priority="low", trap="misdirected", qt=0, reply=0,
         frm="Aisha Rahman <aisha.rahman@careermail.example>",
         to="support@northgatebank.example",
         subject="Application - Fraud Analyst (ref FA-2026-114)",
         body="""\
Dear Hiring Team,

Please find attached my application for the Fraud Analyst role advertised on your careers page. Apologies if this is the wrong address; I couldn't find a separate one for recruitment.

I've spent four years in the card disputes team at a building society, where I investigated suspicious transactions, account takeovers and phishing scams, and I have just completed a certificate in financial crime prevention.

I would welcome the chance to discuss the role. I'm available for interview any day except Wednesdays.

Yours faithfully,
Aisha Rahman
07700 900412"""),
    dict(n=7, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@runmail.example>",
         to="hello@stridecoach.example",
         subject="Just wanted to say thank you",
         body="""\
Hi there,

Not a complaint for once! After I tore my ACL playing five-a-side last year I honestly thought my running days were dead and buried. My physio recommended your rehab plan and eight months later I ran my first 10k on Sunday.

The interval coach is killing it. That little voice telling me to push for 30 more seconds is the only reason I didn't bail in the last kilometre.

One small wish: could you add a way to export runs to a spreadsheet? I like keeping my own log.

Cheers,
Owen Pritchard"""),
    dict(n=8, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Graham Whitfield <g.whitfield@oldtown.example>",
         to="accounts@brightwatt-energy.example",
         subject="Final bill - all fine",
         body="""\
Good afternoon,

I moved out of 14 Arden Close at the end of October and received my final statement last week. At first I thought I had been overcharged, but I was looking at the wrong meter reading, my mistake. The figures are correct.

The refund of GBP 42.10 for the credit on the account reached my bank today, so there's nothing more to do. Please feel free to close the account.

Thank you for making the move so painless.

Regards,
Graham Whitfield
Customer no. 6620 1183"""),
    dict(n=9, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Vaultly Security Digest <digest@news.vaultly.example>",
         to="support@harbourtools.example",
         subject="December Digest: 5 signs your team's accounts have been hacked",
         body="""\
Hi there,

In this month's Security Digest:

- Ransomware attacks on small firms rose 38% this year. Here's what the victims had in common.
- 5 signs an employee's account has been hacked, and what to do in the first hour.
- Stolen passwords for sale: how credential stuffing works and why a password manager stops it.
- Webinar, 15 January: "Breach drill - running a tabletop exercise in 45 minutes".

Vaultly Business is 20% off until 31 December with code SAFE26.

Stay safe,
The Vaultly team

You're receiving this because you signed up at vaultly.example. Unsubscribe | Manage preferences"""),
    dict(n=10, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Ben Ashworth <ben.ashworth@inbox.example>",
         to="help@grabbite.example",
         subject="Re: Charged twice for order #FD-559120",
         body="""\
Thanks Priya, the money was back in my account this morning, brilliant!

Quick unrelated one while I have you: my phone blew up with notifications during your pizza promo last week. Is there a way to keep the order updates but turn off the offers?

Ben

On 1 Dec 2026, at 21:47, Ben Ashworth <ben.ashworth@inbox.example> wrote:

> Hi, I was charged GBP 27.40 twice for my order tonight (#FD-559120).
> Both payments are showing in my banking app as completed, not pending.
> Can you refund one of them please?"""),
    dict(n=11, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Sean Doyle <seandoyle71@phonemail.example>",
         to="reservations@glenmorehotel.example",
         subject="Late arrival tonight - booking 77310",
         body="""\
hi, we're booked in tonight (booking 77310, Mr and Mrs Doyle, 2 nights). our car broke down outside Pitlochry and the recovery truck has only just turned up so we won't make it before midnight. is there someone on the desk late or a key box? we're fine, just knackered and need a bed!
thanks
Sean Doyle
sent from my phone"""),
    dict(n=12, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Rosalind Amery <r.amery@writersroom.example>",
         to="shortcourses@fenbridge-uni.example",
         subject="Crash Course in Statistics - spring term?",
         body="""\
Hello,

I write crime fiction (my third novel, about a poisoning at a Cambridge college, comes out in March) and I'm realising my detective needs to understand forensic statistics rather better than I do.

Is the evening "Crash Course in Statistics" running again in the spring term, and is it suitable for someone whose last maths exam was in 1994? I saw the autumn one was fully booked.

I'd also be interested in the "Forensic Science for Writers" day school if it's repeated.

With thanks,
Rosalind Amery"""),
    dict(n=13, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Priya Nair <priya.nair@familypost.example>",
         to="advice@homewareskitchens.example",
         subject="Is the Pyrolux oven safe around children?",
         body="""\
Hello,

We're replacing our oven and like the look of the Pyrolux 600 with pyrolytic cleaning. We have a two-year-old who gets into everything, so before we buy:

1. How hot does the door glass get during normal cooking, and during the self-clean cycle? The door on our old oven was hot enough to burn a small hand.
2. Is there a child lock on the controls, and does the door lock automatically while it cleans?
3. Is there any risk of fire if the cleaning cycle runs with a baking tray left inside?

Thanks in advance,
Priya & Jonathan Nair"""),
    dict(n=14, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Margaret Hollis <mhollis@villagemail.example>",
         to="policies@shieldhome-insurance.example",
         subject="What does my home policy cover?",
         body="""\
Hello,

First of all, happy holidays to whoever reads this!

Something that happened on our street has got me thinking. Last Saturday our neighbour's garage burned down (a faulty heater, the fire brigade think) and the smoke damaged the house next door to it as well. Thankfully nobody was hurt, but their insurer is apparently being difficult.

So I'd like to check before anything happens to us: does my home policy (HP-2281904) cover fire and smoke damage to the house and to the contents, and is the detached shed included? And what about theft of bikes from the shed?

I don't need to claim for anything, I'd just rather know now than find out the hard way.

Many thanks,
Margaret Hollis"""),
    dict(n=15, signals="safety", priority="critical", trap="buried", qt=0, reply=0,
         frm="Linda Farrow <linda.farrow@homemail.example>",
         to="support@voltbay-electronics.example",
         subject="PowerCube 20000 - order 4471-2290",
         body="""\
Hi,

I ordered two PowerCube 20000 power banks from you in November (order 4471-2290), one for me and one for my son who's at uni. Delivery was quick, no complaints there, and the box was nicely packed.

Mine has been fine until now. I mostly use it on the train for my phone and it lasts about three charges, which is what you advertise.

Last night, though, I left it charging on the bedside table and woke up at about 3am to a burning smell. The power bank was swollen and very hot, and smoke was coming out of the side. I threw it in the sink with a wet tea towel over it. It has scorched the table and the cable has melted. My son's is from the same batch and I've told him to stop using it immediately.

What should we do with the one that's left, and have there been other reports of this? I'm quite shaken, to be honest.

Thanks,
Linda Farrow
01632 960551"""),
    dict(n=16, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Joanne Reed <office@patelarchitects.example>",
         to="support@mailcraft.example",
         subject="URGENT - director's mailbox taken over",
         body="""\
Hello,

I'm writing on behalf of our director, Mr Patel, whose mailbox (r.patel@patelarchitects.example) was hacked this morning. Someone logged in from abroad, changed his password and the recovery phone number, and he is now locked out.

Worse, whoever it is has been emailing our clients from his account asking them to pay outstanding invoices into a "new" bank account. Two clients have already phoned us to check.

We need:
- the account suspended and all sessions killed right now
- access restored to Mr Patel
- a list of what was sent from his mailbox today

Please call me on 020 7946 0831.

Joanne Reed
Office Manager, Patel Architects"""),
    dict(n=17, signals="safety", priority="critical", trap="understated", qt=0, reply=0,
         frm="Eleanor Baines <eleanor.baines@post.example>",
         to="enquiries@westbrookclinic.example",
         subject="Small thing about a letter I received",
         body="""\
Dear Westbrook Clinic team,

Sorry to bother you with this, it may be nothing. Your reminder email for my appointment on Friday came with two PDFs attached. One is my appointment letter, but the other seems to be the blood test results of a different patient, a Mr Kevin Lowe, with his date of birth, NHS number, home address and what looks like an HIV test result.

I haven't shared it with anyone and I will delete it as soon as you tell me to. I just thought you would want to know, in case other patients have been sent each other's results too.

With best wishes,
Eleanor Baines"""),
    dict(n=18, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Mark Delaney <mark.delaney@corvell-logistics.example>",
         to="support@piperight-crm.example",
         subject="Whole sales team locked out of CRM - SSO failing",
         body="""\
This is the third time this quarter.

Since 08:30 nobody on our sales team (43 users) can log in to PipeRight. The SSO redirect loops a few times and then shows "SAML assertion invalid (error 0x1F4)". Nothing has changed on our side, and our IT team has checked the identity provider config twice.

It is the last week of the quarter. My reps can't see their pipeline, log calls or send quotes, and we are losing deals while we wait. Your status page says "All systems operational", which is frankly insulting.

I want a named engineer on this now and a call back within the hour.

Mark Delaney
Head of Sales, Corvell Logistics
Enterprise contract ENT-00912"""),
    dict(n=19, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Rita Maguire <ritamaguire@phonemail.example>",
         to="help@brightmobile.example",
         subject="no signal",
         body="""\
no signal at all since yesterday afternoon, phone just says SOS only
restarted it, took the sim out and back in, nothing
my husbands on the same network and his is dead too so its not the phone. postcode LS6 3QE
I cant call anyone or use data, please sort it
Rita Maguire"""),
    dict(n=20, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Dev Chauhan <dev.chauhan@commuter.example>",
         to="appsupport@crosscountryrail.example",
         subject="App crashes when I open my tickets",
         body="""\
Hello,

Since Monday's update (version 8.4.1, iPhone 13, iOS 18.2) the app crashes every time I tap "My tickets". It opens fine and I can search journeys, but as soon as I go to my tickets it closes.

For now I'm getting by with the PDF from the confirmation email, and the guard accepted it this morning, but I travel every day on a season ticket so I'd like the app fixed.

What I've tried:
- reinstalling the app
- logging out and back in
- restarting the phone

Thanks,
Dev Chauhan"""),
    dict(n=21, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Tomasz Wiśniewski <tomasz.w@postbox.example>",
         to="help@freshcart-groceries.example",
         subject="Wrong amount taken from my card, very urgent",
         body="""\
Hello,

Yesterday I make an order on your website (number GR-203348) for 38,90 pound. But today in my bank I see you have taken 389,00 pound! I think there is a mistake with the comma.

This is very big problem for me because my rent go out on Friday and now there is not enough money on the account. Please can you give back the difference as fast as possible.

I attach the screenshot from my bank.

Thank you
Tomasz Wiśniewski"""),
    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Chris Ogunleye <chris.ogunleye@inbox.example>",
         to="buyerhelp@marketsquare.example",
         subject="Refund still not received - returned item",
         body="""\
Hi,

I returned a pair of boots bought through your marketplace three weeks ago and the seller confirmed receipt on 20 November, but I still haven't had my refund. The order page says "Refund issued" but nothing has come back to my card.

Order details (copied from the confirmation):

  Order no.:    MP-88-1045527
  Item:         Hartley leather Chelsea boots, size 9
  Seller:       UrbanStep Outlet
  Paid:         GBP 84.99 (Visa ending 4471)
  Return label: RT 5530 1902 GB

Could you check where the money has got to, please?

Thanks,
Chris Ogunleye"""),
    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sam Whitaker <sam.whitaker@post.example>",
         to="support@cloudnest.example",
         subject="Account locked - can't get to any of my files",
         body="""\
Dear Support,

My account (sam.whitaker@post.example) was blocked this morning after I typed the wrong password a few times on my new laptop. The site says an unlock email has been sent, but it never arrives and it isn't in spam either. The password reset link goes to the same address, so I'm stuck.

All my work files are in there and I have a client presentation tomorrow at 10, so I really need access back today.

Thank you,
Sam Whitaker"""),
    dict(n=24, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Fiona Grant <fiona@grantanddaughter.example>",
         to="help@ledgerly.example",
         subject="How do I turn on two-factor login?",
         body="""\
Hi,

Our accountant suggested we switch on two-factor authentication for our Ledgerly login, but I can't find it anywhere under Settings. Where is it, and can I use an authenticator app rather than text messages?

Also, if I turn it on, will my bookkeeper (who logs in as a separate user) have to set it up too?

Thanks,
Fiona Grant
Grant & Daughter Bakery"""),
]
